let x = { y = 1; }; in rec { x = { y = 2; }; inherit (x) y; }
