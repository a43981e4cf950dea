package org.putright.code;

import org.putright.system.problem.InvalidInput;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.FromStringDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.ToStringSerializer;

/**
 * Writes and reads provision numbers and edition ids as the Code prints them ({@code "6.14"},
 * {@code "HOS-2024"}), in the edition files and in any JSON the application exchanges. It keeps
 * the domain records free of Jackson annotations.
 */
public final class CodeJsonModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    public CodeJsonModule() {
        super("putright-code");
        addSerializer(ProvisionNumber.class, ToStringSerializer.instance);
        addSerializer(EditionId.class, ToStringSerializer.instance);
        addDeserializer(ProvisionNumber.class, new ProvisionNumberDeserializer());
        addDeserializer(EditionId.class, new EditionIdDeserializer());
    }

    private static final class ProvisionNumberDeserializer extends FromStringDeserializer<ProvisionNumber> {

        ProvisionNumberDeserializer() {
            super(ProvisionNumber.class);
        }

        @Override
        protected ProvisionNumber _deserialize(String value, DeserializationContext context) {
            try {
                return ProvisionNumber.parse(value);
            } catch (InvalidInput invalid) {
                throw context.weirdStringException(value, ProvisionNumber.class, "not a provision number like 6.14");
            }
        }
    }

    private static final class EditionIdDeserializer extends FromStringDeserializer<EditionId> {

        EditionIdDeserializer() {
            super(EditionId.class);
        }

        @Override
        protected EditionId _deserialize(String value, DeserializationContext context) {
            try {
                return new EditionId(value);
            } catch (InvalidInput invalid) {
                throw context.weirdStringException(value, EditionId.class, "not an edition id like HOS-2024");
            }
        }
    }
}
