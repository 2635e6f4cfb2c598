if null then 2 else 3
