builtins.hasAttr ("a" + "b") { ab = 1; }
