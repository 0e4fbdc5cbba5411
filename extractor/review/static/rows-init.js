// Index rows arrive in rows/rows-NNNN.js files, each pushing onto PE.rows.
window.PE = { rows: [] };
