if 1 > 2 then "big" else if 1 == 1 then "eq" else "small"
