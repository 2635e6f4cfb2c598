# y is forced before printing, z (computed early from y) is not.
let x = 1; y = x - 1; z = y + 1; in builtins.seq y { inherit y z; l = [ y z (x + 2) ]; }
