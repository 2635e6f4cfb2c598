map (x: x.i) (builtins.sort (a: b: a.k < b.k) (builtins.genList (i: { k = i - i / 7 * 7; inherit i; }) 50))
