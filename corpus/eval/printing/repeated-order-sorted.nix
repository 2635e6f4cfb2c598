let s = { v = 1; }; in { z = s; a = s; }
