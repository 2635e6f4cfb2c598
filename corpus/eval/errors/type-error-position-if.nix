let c = 1; in
if c then 1 else 2
