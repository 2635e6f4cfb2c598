let x = 2; in if x == 1 then "one" else if x == 2 then "two" else "many"
