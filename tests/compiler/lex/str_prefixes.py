u'u' r'r' b'b' rb'rb' br'br' f'f' rf'rf' fr'fr'
