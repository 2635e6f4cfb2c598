let a = { }; in a ? or
