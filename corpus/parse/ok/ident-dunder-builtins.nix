[ __add __sub __mul __div __lessThan __typeOf __nixPath __currentSystem ]
