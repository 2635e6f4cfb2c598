with { };
