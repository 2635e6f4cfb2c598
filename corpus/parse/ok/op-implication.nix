true -> false
