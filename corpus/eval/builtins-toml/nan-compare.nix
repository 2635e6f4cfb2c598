let t = builtins.fromTOML "a = nan"; in t.a == t.a
