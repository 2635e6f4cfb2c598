let __nixPath = [ ]; in <x>
