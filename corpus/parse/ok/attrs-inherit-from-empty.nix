let s = { }; in { inherit (s); }
