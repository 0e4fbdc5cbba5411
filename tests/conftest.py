"""Shared fixtures: a small archive of real releases in every supported shape, good and bad."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))


def minimal_pdf(text: str) -> bytes:
    """A one-page PDF with a real text layer (hand-built: no PDF writer needed)."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


HTML_PAGE = """<html><head><title>Police Arrest 12 Suspects in Operation Test Sweep</title>
<meta property="article:published_time" content="2024-03-05"><style>p {color: red}</style></head>
<body><nav>Home | News | Contact us</nav><article><h1>Police Arrest 12 Suspects</h1>
<p>Chief of Police Jane Roe said officers arrested 12 suspects during Operation Test Sweep on March 1.</p>
<p>The Springfield Police Department seized 3 kilograms of cocaine and $45,000 in cash.</p></article>
<footer>Copyright 2024 City of Springfield</footer><script>track("x")</script></body></html>"""


@pytest.fixture()
def archive(tmp_path: Path) -> Path:
    """Nested folders: txt, md, html, pdf, cp1252, empty, binary, a broken link, the same release twice."""
    root = tmp_path / "archive"
    (root / "2024" / "jan").mkdir(parents=True)
    (root / "old").mkdir()
    for i, sample in enumerate(SAMPLES):
        (root / "2024" / "jan" / f"r{i}.txt").write_bytes(sample.read_bytes())
    (root / "2024" / "copy-of-r0.txt").write_bytes(SAMPLES[0].read_bytes())
    (root / "2024" / "note.md").write_text("# Sheriff Update\n\nDeputies arrested 7 suspects on Jan. 3, 2024.\n")
    (root / "2024" / "page.html").write_text(HTML_PAGE)
    (root / "2024" / "release.pdf").write_bytes(minimal_pdf("Agents seized 40 firearms on May 2, 2023."))
    (root / "old" / "latin.txt").write_bytes("Date: May 6, 2005\n\nThe Sheriff’s Department arrested 5 men – "
                                             "“a success,” officials said.".encode("cp1252"))
    (root / "old" / "empty.txt").write_bytes(b"")
    (root / "old" / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (root / "old" / "ignored.csv").write_text("not,a,release\n")
    (root / "old" / "gone.txt").symlink_to(root / "old" / "nowhere.txt")
    return root
