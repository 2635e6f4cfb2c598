# The accumulator is a chain of thunks forced at the end.
let grow = i: acc: if i == 0 then acc else grow (i - 1) (acc + "x${toString i}"); in builtins.stringLength (grow 2000 "")
