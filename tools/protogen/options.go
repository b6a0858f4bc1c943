// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package main

import (
	"google.golang.org/protobuf/compiler/protogen"
	"google.golang.org/protobuf/encoding/protowire"
	"google.golang.org/protobuf/proto"
)

// The field numbers of the options of internal/schemapb/schema.proto.
const (
	optOutputOnly = 51001
	optReadable   = 51002
	optUpdatable  = 51003
	optSingleton  = 51004
	optPredefined = 51005
	optFormatOf   = 51006
	optComputed   = 51007
)

// fieldOptions are the schema options of one field.
type fieldOptions struct {
	outputOnly, readable, updatable, singleton bool
	predefined                                 []string // "value" or "value=Formatted"
	formatOf, computed                         string
}

// optionsOf reads the schema options of fd from the wire form of its
// FieldOptions, where they are extensions the generator has no Go types for.
func optionsOf(fd *protogen.Field) fieldOptions {
	var o fieldOptions
	b, err := proto.Marshal(fd.Desc.Options())
	if err != nil {
		panic(err)
	}
	for len(b) > 0 {
		num, typ, n := protowire.ConsumeTag(b)
		if n < 0 {
			panic(protowire.ParseError(n))
		}
		b = b[n:]
		var v []byte
		var u uint64
		switch typ {
		case protowire.VarintType:
			u, n = protowire.ConsumeVarint(b)
		case protowire.BytesType:
			v, n = protowire.ConsumeBytes(b)
		default:
			n = protowire.ConsumeFieldValue(num, typ, b)
		}
		if n < 0 {
			panic(protowire.ParseError(n))
		}
		b = b[n:]
		switch num {
		case optOutputOnly:
			o.outputOnly = u != 0
		case optReadable:
			o.readable = u != 0
		case optUpdatable:
			o.updatable = u != 0
		case optSingleton:
			o.singleton = u != 0
		case optPredefined:
			o.predefined = append(o.predefined, string(v))
		case optFormatOf:
			o.formatOf = string(v)
		case optComputed:
			o.computed = string(v)
		}
	}
	return o
}
