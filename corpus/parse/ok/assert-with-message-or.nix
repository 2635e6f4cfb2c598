let a = { }; in assert a ? b || true; a
