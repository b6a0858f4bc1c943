// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

// Package prototest holds helpers for the project's tests that check that a
// result shares no memory with its inputs.
package prototest

import (
	"fmt"

	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protoreflect"
)

// Scribble changes every populated value of m in place, at every depth, and
// replaces every element of a list of messages by a scribbled copy, so that
// whatever shares a message, a scalar list or a list's backing array with m
// sees a change. An invalid (nil) message is left alone.
func Scribble(m protoreflect.Message) {
	if !m.IsValid() {
		return
	}
	m.Range(func(fd protoreflect.FieldDescriptor, v protoreflect.Value) bool {
		switch {
		case fd.IsList():
			l := v.List()
			for i := 0; i < l.Len(); i++ {
				if fd.Message() != nil {
					old := l.Get(i).Message()
					Scribble(old)
					n := proto.Clone(old.Interface()).ProtoReflect()
					Scribble(n)
					l.Set(i, protoreflect.ValueOfMessage(n))
					continue
				}
				l.Set(i, scribbled(fd, l.Get(i)))
			}
		case fd.Message() != nil:
			Scribble(v.Message())
		default:
			m.Set(fd, scribbled(fd, v))
		}
		return true
	})
}

// scribbled returns another value of the scalar field fd than v.
func scribbled(fd protoreflect.FieldDescriptor, v protoreflect.Value) protoreflect.Value {
	switch fd.Kind() {
	case protoreflect.StringKind:
		return protoreflect.ValueOfString(v.String() + "~")
	case protoreflect.BoolKind:
		return protoreflect.ValueOfBool(!v.Bool())
	case protoreflect.EnumKind:
		return protoreflect.ValueOfEnum(v.Enum() + 1)
	case protoreflect.Int32Kind, protoreflect.Sint32Kind, protoreflect.Sfixed32Kind:
		return protoreflect.ValueOfInt32(int32(v.Int()) + 1)
	case protoreflect.Int64Kind, protoreflect.Sint64Kind, protoreflect.Sfixed64Kind:
		return protoreflect.ValueOfInt64(v.Int() + 1)
	case protoreflect.BytesKind:
		return protoreflect.ValueOfBytes(append(append([]byte{}, v.Bytes()...), '~'))
	}
	panic(fmt.Sprintf("prototest.Scribble: unexpected kind %v of %v", fd.Kind(), fd.FullName()))
}
