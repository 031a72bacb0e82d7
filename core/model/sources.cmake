# sources of core/model
