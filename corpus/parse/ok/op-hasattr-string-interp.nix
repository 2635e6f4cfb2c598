let a = { }; x = "b"; in a ? "${x}-y".z.${x}
