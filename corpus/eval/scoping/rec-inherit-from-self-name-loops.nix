let x = { x = 1; }; in rec { inherit (x) x; }
