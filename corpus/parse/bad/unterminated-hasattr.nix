let a = { }; in a ?
