let c = if c then true else false; in c
