(with { }; x) + y
