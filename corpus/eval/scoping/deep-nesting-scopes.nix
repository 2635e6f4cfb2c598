let a = 1; in let b = a + 1; in (x: let c = x + b; in with { d = c + 1; }; rec { e = d + 1; f = e + a; }) 10
