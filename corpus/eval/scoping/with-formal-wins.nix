(a: with { a = "with"; }; a) "formal"
