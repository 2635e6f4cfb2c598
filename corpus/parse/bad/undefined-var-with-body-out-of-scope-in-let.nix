let a = with { }; x; in b
