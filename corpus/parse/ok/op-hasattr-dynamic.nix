let a = { }; x = "b"; in a ? ${x}
