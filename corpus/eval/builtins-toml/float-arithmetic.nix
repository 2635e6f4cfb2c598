let t = builtins.fromTOML "a = 0.1\nb = 0.2"; in t.a + t.b
