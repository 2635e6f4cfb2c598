''abc'''
