with { }; x: y: x + y + z
