{ value = "other"; }
