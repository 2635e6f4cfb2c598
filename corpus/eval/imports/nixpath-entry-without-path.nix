let __nixPath = [ { prefix = "x"; } ]; in <x>
