let x = { x = 1; }; in { inherit (x) x; }
