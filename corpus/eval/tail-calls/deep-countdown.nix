# 100,000 tail calls through `if` (the reference manages this on its 64 MiB stack).
let f = n: if n == 0 then "done" else f (n - 1); in f 100000
