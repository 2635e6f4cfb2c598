let a = "let"; in with { a = "with"; }; a
