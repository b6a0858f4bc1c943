// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package person

import (
	"github.com/peopleupdate/peopleupdate/internal/schemapb"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protoreflect"
)

// IsOutputOnly reports whether fd, a field of a message of this package, holds
// a value only the server sets, which a request cannot (the discovery
// document's "Output only."): every formattedType, Name.displayName,
// PhoneNumber.canonicalForm, FieldMetadata.primary, Source.updateTime, ... It
// reads the output_only option person.proto annotates the field with, the one
// list of them.
func IsOutputOnly(fd protoreflect.FieldDescriptor) bool {
	return proto.GetExtension(fd.Options(), schemapb.E_OutputOnly).(bool)
}
