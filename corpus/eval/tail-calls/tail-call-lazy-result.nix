# Results of tail calls stay lazy where they were lazy.
let f = n: if n == 0 then { a = 1; b = throw "never forced"; } else f (n - 1); in (f 100).a
