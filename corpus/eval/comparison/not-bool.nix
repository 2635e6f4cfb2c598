[ (!true) (!false) ]
