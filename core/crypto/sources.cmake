# sources of core/crypto
