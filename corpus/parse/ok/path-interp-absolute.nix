let x = "q"; in /a/${x}
