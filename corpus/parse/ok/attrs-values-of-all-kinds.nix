{ i = 1; f = 1.5; s = "s"; p = ./p; l = [ ]; a = { }; n = null; b = true; fn = x: x; }
