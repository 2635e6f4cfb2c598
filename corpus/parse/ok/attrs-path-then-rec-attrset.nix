{ a.b = 1; a = rec { c = 2; }; }
