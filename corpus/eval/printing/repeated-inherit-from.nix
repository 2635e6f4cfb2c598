let s = { inner = { v = 1; }; }; in { inherit (s) inner; again = s.inner; }
