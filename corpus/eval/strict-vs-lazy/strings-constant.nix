{ a = "const"; b = "interp ${"x"}"; }
