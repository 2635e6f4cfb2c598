let a = { }; in a.or or 1
