let c = true; in "is ${if c then "yes" else "no"}"
